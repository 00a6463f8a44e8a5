<?php
// phpPgAdmin page: sqledit
require_once './libraries/lib.inc.php';
