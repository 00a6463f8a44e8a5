<?php
const AREA = 'customer';
require __DIR__ . '/lib/init.php';
