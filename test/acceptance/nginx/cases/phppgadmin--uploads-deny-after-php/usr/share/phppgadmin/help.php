<?php
// phpPgAdmin page: help
require_once './libraries/lib.inc.php';
