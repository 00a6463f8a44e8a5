<?php
// PAHEKO-SOURCE-MARKER www/admin/docs/_inc.php
