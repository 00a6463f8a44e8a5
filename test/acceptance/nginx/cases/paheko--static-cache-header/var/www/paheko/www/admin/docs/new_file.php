<?php
// PAHEKO-SOURCE-MARKER www/admin/docs/new_file.php
