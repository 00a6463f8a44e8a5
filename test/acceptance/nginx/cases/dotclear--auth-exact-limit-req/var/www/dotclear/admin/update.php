<?php
// admin/update.php (Dotclear 2.3x)
