<?php // placeholder: whoisonline.php (Chamilo 1.11)
