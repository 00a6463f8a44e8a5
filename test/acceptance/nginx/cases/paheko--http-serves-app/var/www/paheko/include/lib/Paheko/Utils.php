<?php
// PAHEKO-SOURCE-MARKER include/lib/Paheko/Utils.php
