<?php
header('Location: ../../../main/course_home/course_home.php?cDir=MATHS101'); exit;
