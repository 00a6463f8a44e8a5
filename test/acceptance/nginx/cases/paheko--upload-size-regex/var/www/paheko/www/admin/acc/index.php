<?php
// PAHEKO-SOURCE-MARKER www/admin/acc/index.php
