<?php // placeholder: main/document/download.php (Chamilo 1.11)
