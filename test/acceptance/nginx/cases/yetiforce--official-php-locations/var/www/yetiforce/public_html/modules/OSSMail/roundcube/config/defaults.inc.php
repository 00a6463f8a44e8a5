<?php
$config = [];
$config['log_dir'] = RCUBE_INSTALL_PATH . 'logs/';
