<?php
// phpPgAdmin page: privileges
require_once './libraries/lib.inc.php';
