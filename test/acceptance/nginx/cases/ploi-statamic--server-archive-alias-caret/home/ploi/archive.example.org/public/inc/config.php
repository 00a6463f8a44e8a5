<?php
$dbhost = 'localhost';
$dbuser = 'harbour_old';
$dbpass = 'Wv83!kqPz0sT';
