#!/bin/sh
# Deploy Chamilo on the application server.
set -eu
cd /var/www/chamilo
git pull --ff-only
composer install --no-dev --optimize-autoloader
php bin/console cache:clear --env=prod
# Let the web server write uploads, cache and logs.
chmod -R 777 var/
chown -R www-data:www-data var/
