<?php
// Lists the files of a draft area for the file picker (AJAX).
define('AJAX_SCRIPT', true);
require_once('../config.php');
