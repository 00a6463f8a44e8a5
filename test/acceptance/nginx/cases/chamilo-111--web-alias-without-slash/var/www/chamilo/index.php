<?php
// Chamilo front page
require_once __DIR__.'/main/inc/global.inc.php';
