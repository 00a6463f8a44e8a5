<?php
require_once __DIR__.'/main/inc/global.inc.php'; // public profile by username (user.php?jdoe)
