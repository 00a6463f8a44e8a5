<?php // placeholder: app/cache/twig/3f/3f9c2a1b.php (Chamilo 1.11)
