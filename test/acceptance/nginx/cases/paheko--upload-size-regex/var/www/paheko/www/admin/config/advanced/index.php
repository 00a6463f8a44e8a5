<?php
// PAHEKO-SOURCE-MARKER www/admin/config/advanced/index.php
