<?php
// Coppermine configuration file

// Database configuration
$CONFIG['dbtype'] =					'mysqli';		// Your database type
$CONFIG['dbserver'] =				'localhost';		// Your database server
$CONFIG['dbuser'] =					'cpg_photos';		// Your database username
$CONFIG['dbpass'] =					'82bd903616d4a8b5308fe626fbe0c1a4';		// Your database password
$CONFIG['dbname'] =					'cpg_photos';		// Your database name


// DATABASE TABLE NAMES PREFIX
$CONFIG['TABLE_PREFIX'] =			'cpg16x_';
