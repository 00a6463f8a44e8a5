<?php // placeholder: user.php (Chamilo 1.11)
