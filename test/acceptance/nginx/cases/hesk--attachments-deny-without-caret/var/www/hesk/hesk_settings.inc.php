<?php
// Settings file for HESK 3.5.3

// ==> GENERAL

// --> General settings
$hesk_settings['site_title']='Example Ltd.';
$hesk_settings['site_url']='https://www.example.com';
$hesk_settings['hesk_title']='Help Desk';
$hesk_settings['hesk_url']='https://helpdesk.example.com';
$hesk_settings['webmaster_mail']='support@example.com';

// --> Database settings
$hesk_settings['db_host']='localhost';
$hesk_settings['db_name']='hesk';
$hesk_settings['db_user']='hesk';
$hesk_settings['db_pass']='Hk7#pQ2wL9zV4mXr';
$hesk_settings['db_pfix']='hesk_';

// --> Email sending
$hesk_settings['smtp']=1;
$hesk_settings['smtp_host_name']='smtp.example.com';
$hesk_settings['smtp_user']='helpdesk@example.com';
$hesk_settings['smtp_password']='Sm!9tPq4Lw2Xz';

// --> Attachments
$hesk_settings['attachments']=array (
'use' => 1,
'max_number' => 2,
'max_size' => 2097152,
'allowed_types' => array('.gif','.jpg','.png','.zip','.rar','.csv','.doc','.docx','.xls','.xlsx','.txt','.pdf')
);
$hesk_settings['attach_dir']='attachments';
$hesk_settings['cache_dir']='cache';

$hesk_settings['hesk_version']='3.5.3';
