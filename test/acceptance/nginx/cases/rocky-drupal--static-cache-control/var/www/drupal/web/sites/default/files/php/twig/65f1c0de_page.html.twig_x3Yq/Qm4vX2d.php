<?php // placeholder: compiled Twig template written by Drupal
echo "RAN sites/default/files/php/twig/65f1c0de_page.html.twig_x3Yq/Qm4vX2d.php\n";
