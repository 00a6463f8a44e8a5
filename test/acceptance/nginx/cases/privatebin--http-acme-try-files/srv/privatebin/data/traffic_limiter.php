<?php
$GLOBALS['traffic_limiter'] = array();
