<?php
// index.php (placeholder of the Nextcloud 28 file)
