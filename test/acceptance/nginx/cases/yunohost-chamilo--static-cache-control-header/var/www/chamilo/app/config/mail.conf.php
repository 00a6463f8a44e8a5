<?php // placeholder: app/config/mail.conf.php (Chamilo 1.11)
