<?php // placeholder: app/config/configuration.php (Chamilo 1.11)
