#!/bin/sh
php /www/admin.php clean_expired
