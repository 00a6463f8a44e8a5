/* placeholder: silverstripe/admin bundle */
