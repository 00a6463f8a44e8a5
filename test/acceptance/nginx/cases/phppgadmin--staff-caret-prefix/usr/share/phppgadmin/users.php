<?php
// phpPgAdmin page: users
require_once './libraries/lib.inc.php';
