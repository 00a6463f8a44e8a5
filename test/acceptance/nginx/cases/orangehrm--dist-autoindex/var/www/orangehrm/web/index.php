<?php
include_once('../src/config/log_settings.php');
require realpath(__DIR__ . '/../src/vendor/autoload.php');
// Front controller: OrangeHRM\Framework\Framework handles /index.php/<route>.
