<?php
// PrestaShop web service entry point (abridged), reached through /api/.
require_once dirname(__FILE__).'/../config/config.inc.php';
