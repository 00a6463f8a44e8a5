<?php // placeholder: app/courses/DEMO/index.php (Chamilo 1.11)
