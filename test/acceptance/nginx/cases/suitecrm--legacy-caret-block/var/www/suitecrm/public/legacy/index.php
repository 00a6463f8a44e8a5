<?php
// SuiteCRM 7 (legacy) entry point.
define("sugarEntry", true);
