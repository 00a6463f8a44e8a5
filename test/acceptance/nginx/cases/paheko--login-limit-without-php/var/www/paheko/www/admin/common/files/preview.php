<?php
// PAHEKO-SOURCE-MARKER www/admin/common/files/preview.php
