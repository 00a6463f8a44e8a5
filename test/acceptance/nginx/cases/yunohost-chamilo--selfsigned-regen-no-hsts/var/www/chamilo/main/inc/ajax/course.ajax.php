<?php // placeholder: main/inc/ajax/course.ajax.php (Chamilo 1.11)
