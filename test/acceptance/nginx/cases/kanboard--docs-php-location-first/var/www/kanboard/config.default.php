<?php

// Defaults shipped with Kanboard (placeholder).
define('DEBUG', false);
