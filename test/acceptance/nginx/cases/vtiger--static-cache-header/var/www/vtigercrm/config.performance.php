<?php
$PERFORMANCE_CONFIG = array();
