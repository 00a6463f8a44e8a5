<?php
// PAHEKO-SOURCE-MARKER www/admin/config/index.php
