<?php
// Chamilo 1.11: main/course_info/about.php
