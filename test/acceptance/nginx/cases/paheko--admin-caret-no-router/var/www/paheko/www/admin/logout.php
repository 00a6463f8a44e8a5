<?php
// PAHEKO-SOURCE-MARKER www/admin/logout.php
