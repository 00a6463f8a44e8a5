<?php
# Placeholder of the generated LocalSettings.php (the real one holds $wgDBpassword,
# $wgSecretKey and $wgUpgradeKey).
$wgSitename = "Example Wiki";
$wgScriptPath = "/w";
$wgArticlePath = "/wiki/$1";
$wgUsePathInfo = false;
$wgServer = "https://wiki.example.net";
$wgResourceBasePath = $wgScriptPath;
$wgEnableUploads = true;
$wgUploadDirectory = "$IP/images";
$wgDBtype = "mysql";
$wgDBserver = "localhost";
$wgDBname = "wikidb";
$wgDBuser = "wikiuser";
$wgDBpassword = "placeholder";
