<?php
// Placeholder for Composer's autoloader.
return require __DIR__ . '/composer/autoload_real.php';
