<?php
// PAHEKO-SOURCE-MARKER www/admin/upgrade.php
