<?php
require __DIR__ . '/../constants.php';
require LIB_PATH . '/lib_rss.php';
