#!/usr/bin/php -q
<?php
define('IN_SCRIPT', 1);
