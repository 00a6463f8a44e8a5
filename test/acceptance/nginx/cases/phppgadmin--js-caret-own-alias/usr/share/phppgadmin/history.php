<?php
// phpPgAdmin page: history
require_once './libraries/lib.inc.php';
