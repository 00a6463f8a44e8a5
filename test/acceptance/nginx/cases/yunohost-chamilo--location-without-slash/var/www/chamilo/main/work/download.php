<?php // placeholder: main/work/download.php (Chamilo 1.11)
