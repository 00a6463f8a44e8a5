<?php
// PAHEKO-SOURCE-MARKER www/admin/manifest.php
