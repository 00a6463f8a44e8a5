<?php
return [
    "driver" => env("DB_DRIVER", "pgsql"),
    "host" => env("DB_HOST", "localhost"),
];
