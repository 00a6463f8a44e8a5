<?php
// Report plugin settings
$plugin_conf['reports_db'] = 'phppgadmin';
