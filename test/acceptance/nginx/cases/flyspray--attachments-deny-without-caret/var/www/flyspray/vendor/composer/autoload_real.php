<?php
// vendor/composer/autoload_real.php (stand-in)
