<?php // placeholder: main/session/about.php (Chamilo 1.11)
