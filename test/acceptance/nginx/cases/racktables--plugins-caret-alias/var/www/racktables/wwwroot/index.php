<?php
// RackTables front controller (stub)
require_once "inc/pre-init.php";
