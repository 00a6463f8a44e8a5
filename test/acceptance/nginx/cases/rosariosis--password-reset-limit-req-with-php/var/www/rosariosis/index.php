<?php
// Minimal stand-in: RosarioSIS entry point.
require_once "Warehouse.php";
