<?php defined('MOODLE_INTERNAL') || die();
 $configuration = array(); // MUC stand-in
