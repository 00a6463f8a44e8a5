<?php
$cfg['blowfish_secret'] = 'pretend-blowfish-secret-32-chars!';
