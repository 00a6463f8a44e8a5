<?php
// config.sample.php (placeholder of the Nextcloud 28 file)
