<?php
define('JIRAFEAU_ROOT', '/www/');
