<?php
// phpPgAdmin page: sql
require_once './libraries/lib.inc.php';
