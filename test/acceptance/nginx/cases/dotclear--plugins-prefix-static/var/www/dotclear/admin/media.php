<?php
// admin/media.php (Dotclear 2.3x)
