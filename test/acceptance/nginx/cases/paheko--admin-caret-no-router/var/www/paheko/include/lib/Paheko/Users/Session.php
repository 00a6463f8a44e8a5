<?php
// PAHEKO-SOURCE-MARKER include/lib/Paheko/Users/Session.php
