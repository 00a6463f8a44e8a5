<?php
require __DIR__ . '/../rpc.php';
