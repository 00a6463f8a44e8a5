<?php
// include/version.php (stand-in)
