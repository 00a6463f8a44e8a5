<?php
// PAHEKO-SOURCE-MARKER scripts/handle_bounce.php
