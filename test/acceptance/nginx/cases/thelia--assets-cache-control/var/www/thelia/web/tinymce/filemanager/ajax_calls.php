<?php
require __DIR__ . "/config/config.php";
