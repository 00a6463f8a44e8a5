<?php
// RosarioSIS configuration (stand-in written for this case).
$DatabaseType = 'postgresql';
$DatabaseServer = 'localhost';
$DatabaseUsername = 'rosariosis_demo';
$DatabasePassword = '000f90a6c77ded3ed6e1c0d1c1e5bc84';
$DatabaseName = 'rosariosis_demo';
$DatabaseDumpPath = '/usr/bin/pg_dump';
$wkhtmltopdfPath = '/usr/local/bin/wkhtmltopdf';
$DefaultSyear = '2024';
$RosarioNotifyAddress = 'sis-admin@example.edu';
$RosarioLocales = array( 'en_US.utf8', 'fr_FR.utf8' );
