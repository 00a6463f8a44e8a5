<?php // placeholder: main/badge/issued.php (Chamilo 1.11)
