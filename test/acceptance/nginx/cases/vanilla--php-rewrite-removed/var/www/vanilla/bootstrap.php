<?php
/**
 * Bootstrap before the dispatcher: loads conf/config.php.
 */
if (!defined('APPLICATION')) exit();
require_once PATH_CONF . '/config.php';
