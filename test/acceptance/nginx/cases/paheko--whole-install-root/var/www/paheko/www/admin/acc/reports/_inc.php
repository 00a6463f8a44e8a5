<?php
// PAHEKO-SOURCE-MARKER www/admin/acc/reports/_inc.php
