<?php
// Written by the installer (pages/setup.php) on 2025-03-04. Stand-in for this case.
$mysql_server = 'localhost';
$mysql_username = 'resourcespace_rw';
$mysql_password = '93ae9cd1c3c0378cdd1fd43a32c49414';
$read_only_db_username = 'resourcespace_r';
$read_only_db_password = 'aa7ef060a19765a62b292227d3b45bb3';
$mysql_db = 'resourcespace';

$baseurl = 'https://dam.example.org';
$email_from = 'dam@example.org';
$email_notify = 'dam-admin@example.org';

$spider_password = 'bc1453580210221119175562';
$scramble_key = '54bcb7284679535fb2a639f09bdfdd88';
$api_scramble_key = '67e3932125ccbbd4ded039b4a9799228';

$imagemagick_path = '/usr/bin';
$ghostscript_path = '/usr/bin';
$ffmpeg_path = '/usr/bin';
$exiftool_path = '/usr/bin';
$homeanim_folder = 'filestore/system/slideshow_4e1c2a';

$debug_log_location = '/var/log/resourcespace/debug.log';
