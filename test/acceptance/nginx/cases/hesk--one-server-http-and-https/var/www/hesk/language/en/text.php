<?php
if (!defined('IN_SCRIPT')) {die('Invalid attempt');}
$hesklang['ENCODING']='UTF-8';
