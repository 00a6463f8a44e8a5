<?php
// PAHEKO-SOURCE-MARKER www/admin/docs/index.php
