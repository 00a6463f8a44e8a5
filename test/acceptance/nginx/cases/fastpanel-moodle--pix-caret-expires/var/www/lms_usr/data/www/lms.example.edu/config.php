<?php  // Moodle configuration file

unset($CFG);
global $CFG;
$CFG = new stdClass();

$CFG->dbtype    = 'mariadb';
$CFG->dblibrary = 'native';
$CFG->dbhost    = 'localhost';
$CFG->dbname    = 'lms_moodle';
$CFG->dbuser    = 'lms_moodle';
$CFG->dbpass    = 'stand-in-not-a-real-password';
$CFG->prefix    = 'mdl_';

$CFG->wwwroot   = 'https://lms.example.edu';
$CFG->dataroot  = '/var/www/lms_usr/data/moodledata';
$CFG->admin     = 'admin';
$CFG->sslproxy  = false;
$CFG->directorypermissions = 0770;

require_once(__DIR__ . '/lib/setup.php');
