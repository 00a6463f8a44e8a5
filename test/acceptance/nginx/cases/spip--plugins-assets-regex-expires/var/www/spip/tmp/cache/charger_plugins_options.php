<?php
if (defined('_ECRIRE_INC_VERSION')) {
include_once _ROOT_RACINE . 'plugins-dist/medias/medias_options.php';
}
