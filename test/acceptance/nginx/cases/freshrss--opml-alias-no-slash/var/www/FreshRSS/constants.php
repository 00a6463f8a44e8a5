<?php
define('FRESHRSS_VERSION', '1.24.3');
