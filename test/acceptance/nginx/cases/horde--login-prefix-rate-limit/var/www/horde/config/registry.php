<?php
$app_fileroot = '/var/www/horde';
$app_webroot = '';
$this->applications['horde']['fileroot'] = $app_fileroot;
$this->applications['horde']['webroot'] = $app_webroot;
$this->applications['imp']['fileroot'] = $app_fileroot . '/imp';
$this->applications['kronolith']['fileroot'] = $app_fileroot . '/kronolith';
$this->applications['turba']['fileroot'] = $app_fileroot . '/turba';
