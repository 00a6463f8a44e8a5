<?php
return ['default-connection' => 'concrete', 'connections' => ['concrete' => ['driver' => 'c5_pdo_mysql', 'server' => 'localhost', 'database' => 'concrete', 'username' => 'concrete', 'password' => 'placeholder-secret', 'character_set' => 'utf8mb4']]];
