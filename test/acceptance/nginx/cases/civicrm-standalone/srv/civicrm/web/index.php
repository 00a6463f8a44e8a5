<?php
// CiviCRM Standalone front controller.
require_once dirname(__DIR__) . '/vendor/autoload.php';
require_once __DIR__ . '/core/CRM/Core/ClassLoader.php';
\Civi\Standalone\AppSettings::load();
\CRM_Core_Invoke::invoke(explode('/', trim(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH), '/')));
