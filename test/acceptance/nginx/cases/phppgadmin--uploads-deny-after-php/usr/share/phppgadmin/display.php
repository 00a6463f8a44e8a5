<?php
// phpPgAdmin page: display
require_once './libraries/lib.inc.php';
