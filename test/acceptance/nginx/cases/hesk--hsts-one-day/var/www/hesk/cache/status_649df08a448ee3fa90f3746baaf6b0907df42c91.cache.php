<?php
if (!defined('IN_SCRIPT')) {die('Invalid attempt');}
$hesk_settings['statuses']=array();
