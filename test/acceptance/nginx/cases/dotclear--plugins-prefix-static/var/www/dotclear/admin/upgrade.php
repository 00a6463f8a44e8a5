<?php
// admin/upgrade.php (Dotclear 2.3x)
