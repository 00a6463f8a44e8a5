<?php
// lib/vendor/composer/autoload_real.php
