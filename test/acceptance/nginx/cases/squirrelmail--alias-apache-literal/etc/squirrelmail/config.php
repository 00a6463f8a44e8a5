<?php
/**
 * SquirrelMail Configuration File
 * Created using the configure script, conf.pl
 */
global $version;
$config_version = '1.4.0';
$config_use_color = 2;

$org_name      = "Example Org Mail";
$org_logo      = SM_PATH . 'images/sm_logo.png';
$provider_uri     = 'https://www.example.org/';
$domain                 = 'example.org';
$imapServerAddress      = 'localhost';
$imapPort               = 993;
$useSendmail            = false;
$smtpServerAddress      = 'localhost';
$smtpPort               = 587;
$use_imap_tls           = true;
$use_smtp_tls           = 2;
$smtp_auth_mech         = 'login';
$imap_auth_mech         = 'login';
$default_folder_prefix          = '';
$data_dir                 = '/var/lib/squirrelmail/data/';
$attachment_dir           = '/var/spool/squirrelmail/attach/';
$dir_hash_level           = 0;
$prefs_dsn = 'mysql://squirrelmail:Qh7-ex4mple-pw@localhost/squirrelmail';
$addrbook_dsn = 'mysql://squirrelmail:Qh7-ex4mple-pw@localhost/squirrelmail';
$plugins[0] = 'administrator';
$plugins[1] = 'calendar';
$plugins[2] = 'filters';
$plugins[3] = 'squirrelspell';
$plugins[4] = 'mail_fetch';
$plugins[5] = 'newmail';
$default_charset          = 'utf-8';
@include SM_PATH . 'config/config_local.php';
