<?php
// Old shop (before the Symfony rewrite), still required by App\Controller\LegacyController
$db_host = '127.0.0.1';
$db_name = 'shop_legacy';
$db_user = 'shop_legacy';
$db_pass = 'K9w!r2Tz7qLm';
