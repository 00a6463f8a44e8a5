<?php
unset($CFG);
global $CFG;
$CFG = new stdClass();
$CFG->dbtype = 'pgsql';
$CFG->dbname = 'moodle';
$CFG->dbuser = 'moodle';
$CFG->dbpass = 'Hq8#vT3mZp1!wR6s';
$CFG->wwwroot = 'https://moodle.example.edu';
$CFG->sslproxy = true;
$CFG->dataroot = '/var/moodledata';
$CFG->xsendfile = 'X-Accel-Redirect';
$CFG->xsendfilealiases = ['/dataroot/' => $CFG->dataroot];
require_once(__DIR__ . '/lib/setup.php');
