<?php
require_once __DIR__ . '/composer/autoload_real.php';
return ComposerAutoloaderInit9d1f4c2b::getLoader();
