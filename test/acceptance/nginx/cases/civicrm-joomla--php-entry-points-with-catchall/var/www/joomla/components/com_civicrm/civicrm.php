<?php
defined('_JEXEC') or die('No direct access allowed');
include_once JPATH_ROOT . '/administrator/components/com_civicrm/civicrm.settings.php';
