<?php
// include/functions.php (stand-in)
