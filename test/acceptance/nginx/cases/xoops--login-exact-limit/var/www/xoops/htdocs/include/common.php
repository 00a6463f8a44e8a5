<?php
// include/common.php (stand-in)
