<?php
// PAHEKO-SOURCE-MARKER www/admin/users/import.php
