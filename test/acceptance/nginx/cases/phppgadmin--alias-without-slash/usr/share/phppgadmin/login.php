<?php
// phpPgAdmin page: login
require_once './libraries/lib.inc.php';
