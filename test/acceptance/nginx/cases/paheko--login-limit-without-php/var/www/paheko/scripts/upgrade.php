<?php
// PAHEKO-SOURCE-MARKER scripts/upgrade.php
