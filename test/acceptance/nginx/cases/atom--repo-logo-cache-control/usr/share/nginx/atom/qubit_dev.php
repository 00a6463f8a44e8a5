<?php
// Stand-in for AtoM's development front controller (debug toolbar, no caching).
require_once __DIR__.'/config/ProjectConfiguration.class.php';
