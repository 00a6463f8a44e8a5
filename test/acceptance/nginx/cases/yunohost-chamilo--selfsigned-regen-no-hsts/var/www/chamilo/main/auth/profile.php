<?php // placeholder: main/auth/profile.php (Chamilo 1.11)
