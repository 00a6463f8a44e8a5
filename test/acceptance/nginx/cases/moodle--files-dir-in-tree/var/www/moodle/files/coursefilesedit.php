<?php
// Edit form of the legacy course files.
require_once('../config.php');
require_once($CFG->dirroot . '/files/coursefilesedit_form.php');
