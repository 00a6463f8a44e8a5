<?php
// PAHEKO-SOURCE-MARKER www/admin/acc/reports/ledger.php
