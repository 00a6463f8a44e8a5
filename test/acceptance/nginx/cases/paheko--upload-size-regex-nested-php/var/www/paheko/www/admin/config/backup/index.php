<?php
// PAHEKO-SOURCE-MARKER www/admin/config/backup/index.php
