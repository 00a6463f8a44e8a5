<?php
// phpPgAdmin page: roles
require_once './libraries/lib.inc.php';
