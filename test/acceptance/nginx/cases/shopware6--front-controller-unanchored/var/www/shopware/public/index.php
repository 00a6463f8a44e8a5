<?php

use Shopware\Core\Installer\InstallerKernel;

// Shopware front controller (placeholder)
require __DIR__ . "/../vendor/autoload.php";
