<?php
// include/checklogin.php (stand-in)
