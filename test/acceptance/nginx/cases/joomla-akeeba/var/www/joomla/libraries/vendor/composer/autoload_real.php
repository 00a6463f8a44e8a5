<?php
// stand-in for libraries/vendor/composer/autoload_real.php
