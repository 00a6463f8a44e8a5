<?php
require_once __DIR__.'/../../vendor/autoload.php'; require_once __DIR__.'/../../app/config/configuration.php';
