<?php
// phpLiteAdmin settings
$password = 'Werkstatt-2026!';
$directory = '../var';
$databases = array(array('path' => '../var/app.db', 'name' => 'Part-DB'));
