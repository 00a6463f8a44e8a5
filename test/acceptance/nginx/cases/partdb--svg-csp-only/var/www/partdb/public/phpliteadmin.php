<?php
// phpLiteAdmin v1.9.9-dev
$config_filename = './phpliteadmin.config.php';
