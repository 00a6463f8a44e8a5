<?php
// PAHEKO-SOURCE-MARKER www/admin/common/files/upload.php
