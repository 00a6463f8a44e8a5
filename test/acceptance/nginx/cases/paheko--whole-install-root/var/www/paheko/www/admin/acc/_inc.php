<?php
// PAHEKO-SOURCE-MARKER www/admin/acc/_inc.php
