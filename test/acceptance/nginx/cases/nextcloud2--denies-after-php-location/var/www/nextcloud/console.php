<?php
// console.php (placeholder of the Nextcloud 28 file)
