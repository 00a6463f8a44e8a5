<?php
// PAHEKO-SOURCE-MARKER include/lib/Paheko/Config.php
