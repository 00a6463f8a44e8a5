<?php // placeholder: app/config/auth.conf.php (Chamilo 1.11)
