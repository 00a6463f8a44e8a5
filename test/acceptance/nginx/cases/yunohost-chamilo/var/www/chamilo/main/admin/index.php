<?php // placeholder: main/admin/index.php (Chamilo 1.11)
