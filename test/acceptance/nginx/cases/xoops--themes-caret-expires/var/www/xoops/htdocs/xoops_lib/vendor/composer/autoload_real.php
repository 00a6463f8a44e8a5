<?php
// xoops_lib/vendor/composer/autoload_real.php (stand-in)
