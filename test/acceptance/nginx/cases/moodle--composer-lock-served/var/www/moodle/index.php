<?php
// Moodle front page.
require_once('config.php');
require_once($CFG->dirroot . '/course/lib.php');
