<?php

# ou est l'espace prive ?
if (!defined('_DIR_RESTREINT_ABS')) {
	define('_DIR_RESTREINT_ABS', 'ecrire/');
}
include_once _DIR_RESTREINT_ABS . 'inc_version.php';

# au travail...
include _DIR_RESTREINT_ABS . 'public.php';
