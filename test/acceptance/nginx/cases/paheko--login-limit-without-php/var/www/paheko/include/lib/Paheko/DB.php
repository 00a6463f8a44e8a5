<?php
// PAHEKO-SOURCE-MARKER include/lib/Paheko/DB.php
