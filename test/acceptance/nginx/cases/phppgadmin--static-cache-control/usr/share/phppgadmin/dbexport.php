<?php
// phpPgAdmin page: dbexport
require_once './libraries/lib.inc.php';
