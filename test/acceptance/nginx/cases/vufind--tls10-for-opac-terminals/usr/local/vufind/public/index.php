<?php
// Stand-in for VuFind's front controller: boots the Laminas application.
require dirname(__DIR__) . '/vendor/autoload.php';
