<?php
// Placeholder for Roundcube Webmail 1.6: vendor/autoload.php (composer install --no-dev)
