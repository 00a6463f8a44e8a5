<?php // placeholder: main/course_home/course_home.php (Chamilo 1.11)
