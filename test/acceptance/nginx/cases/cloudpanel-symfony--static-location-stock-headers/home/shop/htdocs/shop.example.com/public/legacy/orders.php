<?php
require __DIR__.'/config.php';
require __DIR__.'/lib/db.php';
