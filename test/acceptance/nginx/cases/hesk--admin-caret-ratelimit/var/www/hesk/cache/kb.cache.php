<?php
if (!defined('IN_SCRIPT')) {die('Invalid attempt');}
$hesk_settings['kb_enable']=1;
