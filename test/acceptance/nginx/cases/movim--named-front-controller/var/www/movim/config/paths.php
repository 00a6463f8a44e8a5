<?php
return ["cache" => env("CACHE_PATH"), "log" => env("LOG_PATH")];
