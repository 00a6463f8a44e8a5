<?php // placeholder: main/course_info/about.php (Chamilo 1.11)
