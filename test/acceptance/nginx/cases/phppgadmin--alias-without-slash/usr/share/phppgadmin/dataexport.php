<?php
// phpPgAdmin page: dataexport
require_once './libraries/lib.inc.php';
