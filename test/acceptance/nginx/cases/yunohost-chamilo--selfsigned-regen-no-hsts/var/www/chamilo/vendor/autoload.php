<?php // placeholder: vendor/autoload.php (Chamilo 1.11)
