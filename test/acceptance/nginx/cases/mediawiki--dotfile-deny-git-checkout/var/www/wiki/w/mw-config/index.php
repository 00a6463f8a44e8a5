<?php
// MediaWiki web installer and updater (shortened for the test case).
define( 'MW_CONFIG_CALLBACK', 'Installer::overrideConfig' );
require_once dirname( __DIR__ ) . '/includes/installer/WebInstaller.php';
