<?php
// Chamilo 1.11: app/config/add_course.conf.php
