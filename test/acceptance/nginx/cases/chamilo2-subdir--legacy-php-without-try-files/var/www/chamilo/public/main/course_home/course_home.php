<?php
// stand-in: main/course_home/course_home.php
