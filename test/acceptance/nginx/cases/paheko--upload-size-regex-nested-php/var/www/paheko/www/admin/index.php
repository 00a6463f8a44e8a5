<?php
// PAHEKO-SOURCE-MARKER www/admin/index.php
