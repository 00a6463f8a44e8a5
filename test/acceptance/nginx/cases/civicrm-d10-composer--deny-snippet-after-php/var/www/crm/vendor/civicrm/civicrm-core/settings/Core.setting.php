<?php
// Core settings metadata (stand-in).
return [];
