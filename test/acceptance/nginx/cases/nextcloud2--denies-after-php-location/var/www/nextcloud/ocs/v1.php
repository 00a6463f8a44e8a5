<?php
// v1.php (placeholder of the Nextcloud 28 file)
