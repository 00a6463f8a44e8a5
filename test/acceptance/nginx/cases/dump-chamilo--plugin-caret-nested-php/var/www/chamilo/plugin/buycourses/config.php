<?php
// Chamilo 1.11: plugin/buycourses/config.php
