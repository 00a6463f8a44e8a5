<?php
// Google Reader compatible API
require __DIR__ . '/../../constants.php';
