<?php
if (!defined('_ECRIRE_INC_VERSION')) return;
define('_LOG_FILTRE_GRAVITE', 5);
$GLOBALS['type_urls'] = 'propres';
