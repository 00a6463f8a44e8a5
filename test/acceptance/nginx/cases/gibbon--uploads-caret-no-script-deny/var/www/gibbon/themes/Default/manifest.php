<?php
$name = 'Default';
$description = 'Gibbon\'s 2021 look and feel.';
$version = '1.0.00';
