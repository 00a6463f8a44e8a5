<?php
define('LAN_FORUM_0001', 'Forum');
