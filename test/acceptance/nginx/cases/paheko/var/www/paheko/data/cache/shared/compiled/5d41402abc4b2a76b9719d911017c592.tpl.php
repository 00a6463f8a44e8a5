<?php
// PAHEKO-SOURCE-MARKER data/cache/shared/compiled/5d41402abc4b2a76b9719d911017c592.tpl.php
