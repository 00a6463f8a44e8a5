<?php
// versioncheck.php (placeholder of the Nextcloud 28 file)
