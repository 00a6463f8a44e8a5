<?php
require_once '../main/inc/global.inc.php';
