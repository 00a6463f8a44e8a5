<?php
// admin/media_item.php (Dotclear 2.3x)
