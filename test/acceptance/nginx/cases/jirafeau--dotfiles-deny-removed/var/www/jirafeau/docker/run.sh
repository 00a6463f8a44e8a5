#!/bin/sh
php /www/docker/docker_config.php
exec lighttpd -D -f /etc/lighttpd/lighttpd.conf
