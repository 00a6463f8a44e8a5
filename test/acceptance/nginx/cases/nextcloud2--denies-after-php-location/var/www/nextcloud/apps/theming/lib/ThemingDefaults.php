<?php
// ThemingDefaults.php (placeholder of the Nextcloud 28 file)
