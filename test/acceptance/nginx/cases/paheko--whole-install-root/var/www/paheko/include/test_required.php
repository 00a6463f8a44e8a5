<?php
// PAHEKO-SOURCE-MARKER include/test_required.php
