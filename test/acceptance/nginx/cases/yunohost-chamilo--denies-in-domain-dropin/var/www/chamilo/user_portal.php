<?php // placeholder: user_portal.php (Chamilo 1.11)
