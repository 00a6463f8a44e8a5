<?php
/* For licensing terms, see /license.txt */
require_once __DIR__.'/../inc/global.inc.php';
