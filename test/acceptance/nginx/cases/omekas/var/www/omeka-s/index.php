<?php
// Omeka S front controller (placeholder).
require 'bootstrap.php';
Omeka\Mvc\Application::init(require 'application/config/application.config.php')->run();
