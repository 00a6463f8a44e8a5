<?php
// Written by the installer (chmod 0400, owner dolibarr).
$dolibarr_main_url_root='https://erp.example.com';
$dolibarr_main_document_root='/var/www/dolibarr/htdocs';
$dolibarr_main_url_root_alt='/custom';
$dolibarr_main_document_root_alt='/var/www/dolibarr/htdocs/custom';
$dolibarr_main_data_root='/var/www/dolibarr/documents';
$dolibarr_main_db_host='localhost';
$dolibarr_main_db_port='3306';
$dolibarr_main_db_name='dolibarr';
$dolibarr_main_db_type='mysqli';
$dolibarr_main_db_user='dolibarr';
$dolibarr_main_db_pass='';
$dolibarr_main_authentication='dolibarr';
$dolibarr_main_prod='1';
$dolibarr_main_force_https='1';
$dolibarr_nocsrfcheck='0';
