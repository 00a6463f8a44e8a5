<?php
return ['connections' => ['mysql' => ['password' => env('DB_PASSWORD')]]];
