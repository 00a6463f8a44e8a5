<?php // placeholder: main/install/install.lib.php (Chamilo 1.11)
