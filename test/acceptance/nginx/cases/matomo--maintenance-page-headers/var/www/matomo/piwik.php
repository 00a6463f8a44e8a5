<?php
// Old name of the tracking endpoint, still used by older tracking codes.
require __DIR__ . '/matomo.php';
