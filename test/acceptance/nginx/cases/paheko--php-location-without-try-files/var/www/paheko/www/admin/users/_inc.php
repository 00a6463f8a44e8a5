<?php
// PAHEKO-SOURCE-MARKER www/admin/users/_inc.php
