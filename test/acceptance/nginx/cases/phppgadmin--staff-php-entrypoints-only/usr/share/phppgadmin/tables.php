<?php
// phpPgAdmin page: tables
require_once './libraries/lib.inc.php';
