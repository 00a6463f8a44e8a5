<?php return ["SULU_DB_PASSWORD" => "encrypted"];
