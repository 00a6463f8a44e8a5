<?php
// Old site's download counter: its MySQL account.
$db = new PDO('mysql:host=127.0.0.1;dbname=oldsite', 'oldsite', 'Dl-c0unt3r-2019');
