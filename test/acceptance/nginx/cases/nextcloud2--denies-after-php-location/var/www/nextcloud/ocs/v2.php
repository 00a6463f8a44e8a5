<?php
// v2.php (placeholder of the Nextcloud 28 file)
