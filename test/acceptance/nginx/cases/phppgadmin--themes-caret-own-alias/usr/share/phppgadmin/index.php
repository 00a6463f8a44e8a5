<?php
// phpPgAdmin page: index
require_once './libraries/lib.inc.php';
