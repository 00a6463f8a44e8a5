<?php
// Chamilo 1.11: app/courses/DEMO/index.php
