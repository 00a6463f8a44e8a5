<?php
// stand-in of the MUC configuration Moodle writes
$configuration = array();
