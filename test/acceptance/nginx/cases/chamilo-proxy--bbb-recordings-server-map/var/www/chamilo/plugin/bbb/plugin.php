<?php
/* For licensing terms, see /license.txt */
$plugin_info = BBBPlugin::create()->get_info();
