<?php
// Capabilities.php (placeholder of the Nextcloud 28 file)
