<?php
// phpPgAdmin page: database
require_once './libraries/lib.inc.php';
