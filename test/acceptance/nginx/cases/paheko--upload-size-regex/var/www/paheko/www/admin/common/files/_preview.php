<?php
// PAHEKO-SOURCE-MARKER www/admin/common/files/_preview.php
