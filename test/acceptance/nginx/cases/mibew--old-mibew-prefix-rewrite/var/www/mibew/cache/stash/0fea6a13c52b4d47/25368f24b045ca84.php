<?php
/* Stash cache entry (stand-in) */
return array();
