<?php
// admin/install/index.php (Dotclear 2.3x)
