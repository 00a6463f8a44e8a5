<?php
// phpPgAdmin page: tblproperties
require_once './libraries/lib.inc.php';
