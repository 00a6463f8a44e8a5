<?php // placeholder: index.php (Chamilo 1.11)
