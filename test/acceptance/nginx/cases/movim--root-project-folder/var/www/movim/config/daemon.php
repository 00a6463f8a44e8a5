<?php
return ["url" => env("DAEMON_URL"), "port" => env("DAEMON_PORT", 8080)];
