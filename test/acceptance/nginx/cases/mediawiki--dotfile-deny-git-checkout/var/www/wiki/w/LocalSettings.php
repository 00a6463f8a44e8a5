<?php
// Written by the installer, then edited. Secrets are kept out of the repository
// (included from /etc/mediawiki/secrets.php).
if ( !defined( 'MEDIAWIKI' ) ) {
	exit;
}
$wgSitename = "Example Wiki";
$wgServer = "https://wiki.example.org";
$wgScriptPath = "/w";
$wgArticlePath = "/wiki/$1";
$wgUsePathInfo = true;
$wgEnableUploads = true;
$wgUploadPath = "$wgScriptPath/images";
$wgUploadDirectory = "$IP/images";
$wgGenerateThumbnailOnParse = false;
$wgCacheDirectory = "$IP/cache";
$wgForceHTTPS = true;
require_once '/etc/mediawiki/secrets.php';
