<?php
// PAHEKO-SOURCE-MARKER www/admin/config/backup/restore.php
