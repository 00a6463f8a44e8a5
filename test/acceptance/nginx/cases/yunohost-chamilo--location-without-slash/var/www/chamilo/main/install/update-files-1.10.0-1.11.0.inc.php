<?php // placeholder: main/install/update-files-1.10.0-1.11.0.inc.php (Chamilo 1.11)
