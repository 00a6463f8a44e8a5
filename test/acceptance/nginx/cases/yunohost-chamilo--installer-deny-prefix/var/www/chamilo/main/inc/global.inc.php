<?php // placeholder: main/inc/global.inc.php (Chamilo 1.11)
