<?php
// phpPgAdmin page: info
require_once './libraries/lib.inc.php';
