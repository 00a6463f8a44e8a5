<?php die ('Acces interdit'); ?>
a:2:{s:11:"nom_site";s:7:"Journal";s:14:"adresse_site";s:27:"https://journal.example.org";}
