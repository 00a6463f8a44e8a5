<?php
// Chamilo 1.11: main/course_home/course_home.php
echo basename(__FILE__);
