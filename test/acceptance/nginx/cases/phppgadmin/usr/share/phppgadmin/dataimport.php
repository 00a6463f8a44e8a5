<?php
// phpPgAdmin page: dataimport
require_once './libraries/lib.inc.php';
