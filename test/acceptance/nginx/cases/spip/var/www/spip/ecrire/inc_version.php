<?php

/** Initialise SPIP */
define('_ECRIRE_INC_VERSION', '1');
$spip_version_branche = '4.2.16';
