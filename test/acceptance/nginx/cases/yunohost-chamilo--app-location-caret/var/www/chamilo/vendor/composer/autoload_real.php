<?php // placeholder: vendor/composer/autoload_real.php (Chamilo 1.11)
