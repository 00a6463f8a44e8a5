<?php
// PAHEKO-SOURCE-MARKER www/admin/_inc.php
