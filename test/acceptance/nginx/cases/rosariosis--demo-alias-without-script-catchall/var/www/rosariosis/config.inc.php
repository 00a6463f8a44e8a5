<?php
// RosarioSIS configuration (stand-in written for this case).
$DatabaseType = 'postgresql';
$DatabaseServer = 'localhost';
$DatabaseUsername = 'rosariosis';
$DatabasePassword = 'f6b201278f43329229e8ed4d3778de06';
$DatabaseName = 'rosariosis';
$DatabaseDumpPath = '/usr/bin/pg_dump';
$wkhtmltopdfPath = '/usr/local/bin/wkhtmltopdf';
$DefaultSyear = '2024';
$RosarioNotifyAddress = 'sis-admin@example.edu';
$RosarioLocales = array( 'en_US.utf8', 'fr_FR.utf8' );
