<?php  // Moodle configuration file (stand-in written for this case)
unset($CFG);
global $CFG;
$CFG = new stdClass();

$CFG->dbtype    = 'pgsql';
$CFG->dblibrary = 'native';
$CFG->dbhost    = 'localhost';
$CFG->dbname    = 'moodle';
$CFG->dbuser    = 'moodle';
$CFG->dbpass    = '4b968449f149602ade39a1dc2bede8b4';
$CFG->prefix    = 'mdl_';

$CFG->wwwroot   = 'https://www.school.example/moodle';
$CFG->dataroot  = '/var/moodledata';
$CFG->admin     = 'admin';
$CFG->directorypermissions = 02770;

// Files of moodledata are sent by nginx (location ^~ /dataroot/ { internal; alias /var/moodledata/; }).
$CFG->xsendfile = 'X-Accel-Redirect';
$CFG->xsendfilealiases = array(
    '/dataroot/' => $CFG->dataroot,
);
$CFG->slasharguments = 1;

require_once(__DIR__ . '/lib/setup.php');
