<?php
// phpPgAdmin page: intro
require_once './libraries/lib.inc.php';
