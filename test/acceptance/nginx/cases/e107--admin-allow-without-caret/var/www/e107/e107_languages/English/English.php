<?php
define('CORE_LAN1', 'Welcome');
