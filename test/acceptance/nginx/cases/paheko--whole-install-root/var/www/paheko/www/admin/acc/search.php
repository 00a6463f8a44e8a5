<?php
// PAHEKO-SOURCE-MARKER www/admin/acc/search.php
