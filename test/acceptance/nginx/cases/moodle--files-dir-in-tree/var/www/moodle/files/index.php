<?php
// Course legacy files and the private files page (core_files).
require_once('../config.php');
require_login();
