<?php
const AREA = 'admin';
require __DIR__ . '/lib/init.php';
