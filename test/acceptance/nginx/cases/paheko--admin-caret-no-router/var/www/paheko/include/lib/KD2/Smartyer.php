<?php
// PAHEKO-SOURCE-MARKER include/lib/KD2/Smartyer.php
