<?php
// Stand-in for Laravel's front controller: checks storage/framework/maintenance.php,
// loads vendor/autoload.php and bootstrap/app.php, handles the request.
