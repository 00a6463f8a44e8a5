<?php
// admin/plugins.php (Dotclear 2.3x)
