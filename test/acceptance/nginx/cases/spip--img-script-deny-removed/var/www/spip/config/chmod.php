<?php
if (!defined('_ECRIRE_INC_VERSION')) return;
if (!defined('_SPIP_CHMOD')) define('_SPIP_CHMOD', 0777);
