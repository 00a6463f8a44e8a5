<?php
// autoload.php (placeholder of the Nextcloud 28 file)
