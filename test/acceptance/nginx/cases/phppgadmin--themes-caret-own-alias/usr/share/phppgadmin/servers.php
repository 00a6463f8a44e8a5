<?php
// phpPgAdmin page: servers
require_once './libraries/lib.inc.php';
