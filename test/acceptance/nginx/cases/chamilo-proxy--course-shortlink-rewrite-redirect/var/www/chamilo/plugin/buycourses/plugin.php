<?php
/* For licensing terms, see /license.txt */
$plugin_info = BuyCoursesPlugin::create()->get_info();
