<?php
// Chamilo 1.11: main/course_info/about.php
echo basename(__FILE__);
