<?php
// PAHEKO-SOURCE-MARKER www/admin/acc/transactions/details.php
