<?php
// phpPgAdmin page: redirect
require_once './libraries/lib.inc.php';
