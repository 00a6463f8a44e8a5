<?php
// phpPgAdmin page: schemas
require_once './libraries/lib.inc.php';
