<?php
// phpPgAdmin page: all_db
require_once './libraries/lib.inc.php';
