<?php // placeholder: main/install/index.php (Chamilo 1.11)
