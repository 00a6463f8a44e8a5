<?php
require __DIR__ . '/lib/init.php';
