// saisies
