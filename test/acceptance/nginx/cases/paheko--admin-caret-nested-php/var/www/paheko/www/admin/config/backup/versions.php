<?php
// PAHEKO-SOURCE-MARKER www/admin/config/backup/versions.php
