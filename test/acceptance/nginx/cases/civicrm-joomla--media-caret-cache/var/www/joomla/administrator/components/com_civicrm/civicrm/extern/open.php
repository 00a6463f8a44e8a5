<?php
require_once '../civicrm.config.php';
