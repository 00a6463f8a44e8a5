<?php
/* Debian: includes /etc/phpmyadmin/config-db.php */
$cfg['Servers'][1]['controluser'] = 'phpmyadmin';
$cfg['Servers'][1]['controlpass'] = 'Jm4qW8zR2tXv6Kn9';
$cfg['blowfish_secret'] = 'b7Qk2mV9xL4tR8wZ1pC6nH3jF0dG5sY2';
