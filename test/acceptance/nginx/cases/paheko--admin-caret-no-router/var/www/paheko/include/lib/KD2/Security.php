<?php
// PAHEKO-SOURCE-MARKER include/lib/KD2/Security.php
