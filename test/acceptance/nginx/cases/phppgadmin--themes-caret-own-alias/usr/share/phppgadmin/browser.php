<?php
// phpPgAdmin page: browser
require_once './libraries/lib.inc.php';
