<?php
// PAHEKO-SOURCE-MARKER www/admin/me/security.php
