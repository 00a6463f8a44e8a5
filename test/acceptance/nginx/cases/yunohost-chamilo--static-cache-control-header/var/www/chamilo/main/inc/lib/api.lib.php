<?php // placeholder: main/inc/lib/api.lib.php (Chamilo 1.11)
