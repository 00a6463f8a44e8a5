<?php
// Stand-in for AtoM's production front controller.
require_once __DIR__.'/config/ProjectConfiguration.class.php';
