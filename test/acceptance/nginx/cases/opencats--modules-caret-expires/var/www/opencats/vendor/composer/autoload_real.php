<?php
// stand-in for OpenCATS vendor/composer/autoload_real.php
