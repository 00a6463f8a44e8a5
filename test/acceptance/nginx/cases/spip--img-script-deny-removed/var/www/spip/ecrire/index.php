<?php

/** Fichier gérant l'accès à l'espace privé */
if (!defined('_ECRIRE_INC_VERSION')) {
	include 'inc_version.php';
}
