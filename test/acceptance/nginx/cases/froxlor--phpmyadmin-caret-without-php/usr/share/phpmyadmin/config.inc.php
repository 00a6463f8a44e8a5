<?php
/* Debian: /etc/phpmyadmin/config.inc.php */
$cfg['blowfish_secret'] = 'q8Wm3kT2vX9pL5sN7rB4cJ6hY1dF0gZa';
$i = 1;
$cfg['Servers'][$i]['host'] = 'localhost';
$cfg['Servers'][$i]['controluser'] = 'phpmyadmin';
$cfg['Servers'][$i]['controlpass'] = 'Pm4!cTrl-9xQ';
