<?php // placeholder: src/Chamilo/CoreBundle/Entity/Course.php (Chamilo 1.11)
