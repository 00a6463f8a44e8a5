<?php
// includes/header.php (stand-in)
