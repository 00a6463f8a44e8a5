<?php
// include/cp_header.php (stand-in)
