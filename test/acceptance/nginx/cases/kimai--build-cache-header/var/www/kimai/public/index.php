<?php
// Symfony front controller (placeholder)
require dirname(__DIR__).'/vendor/autoload_runtime.php';
