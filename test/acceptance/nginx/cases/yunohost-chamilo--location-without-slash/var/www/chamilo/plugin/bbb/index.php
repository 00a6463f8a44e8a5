<?php // placeholder: plugin/bbb/index.php (Chamilo 1.11)
