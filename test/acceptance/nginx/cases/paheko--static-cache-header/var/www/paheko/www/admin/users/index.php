<?php
// PAHEKO-SOURCE-MARKER www/admin/users/index.php
