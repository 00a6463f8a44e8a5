<?php if (!defined('HTMLY')) die('HTMLy'); ?>
<?php

$title = config('blog.title');
$name = preg_replace('/[^A-Za-z0-9 ,.-]/u', '', strtolower($title));
$name = str_replace(' ', '-', $name);
$name = str_replace('--', '-', $name);
$name = str_replace('--', '-', $name);
$name = rtrim(ltrim($name, ' \,\.\-'), ' \,\.\-');

$timestamp = date('Y-m-d-H-i-s');
$dir = 'backup';
