<?php
// PAHEKO-SOURCE-MARKER www/admin/install.php
