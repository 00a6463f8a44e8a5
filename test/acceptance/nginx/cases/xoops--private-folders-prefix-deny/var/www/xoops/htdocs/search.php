<?php
// search.php (stand-in)
