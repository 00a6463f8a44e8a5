<?php
// PAHEKO-SOURCE-MARKER www/admin/password.php
