<?php
/* Ne pas modifier ce fichier : clés secrètes du site */
if (!defined('_ECRIRE_INC_VERSION')) return;
return [
	'secret_des_auth' => '2bkgs+qjreEUSZRMNuWIiEKl3SaiDL1cAuMDUDVYEYg=',
	'secret_du_site' => 'E+3FDJV1/etEb+UgHxsdP5TiVxosm0NtaNIBn+lch8A=',
];
