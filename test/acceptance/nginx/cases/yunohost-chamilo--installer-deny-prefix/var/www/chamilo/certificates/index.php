<?php // placeholder: certificates/index.php (Chamilo 1.11)
