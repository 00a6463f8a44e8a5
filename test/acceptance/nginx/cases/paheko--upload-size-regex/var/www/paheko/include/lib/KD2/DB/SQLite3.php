<?php
// PAHEKO-SOURCE-MARKER include/lib/KD2/DB/SQLite3.php
