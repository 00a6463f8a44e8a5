<?php
// PAHEKO-SOURCE-MARKER www/admin/acc/transactions/new.php
