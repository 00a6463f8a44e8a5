<?php
// Web installer and upgrader (Symfony kernel of installer/Framework).
require realpath(__DIR__ . '/../src/vendor/autoload.php');
