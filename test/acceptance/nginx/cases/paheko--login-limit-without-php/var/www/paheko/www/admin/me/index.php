<?php
// PAHEKO-SOURCE-MARKER www/admin/me/index.php
