<?php
$GLOBALS['visiteur_session'] = ['id_auteur' => 1, 'statut' => '0minirezo', 'webmestre' => 'oui'];
