<?php
// admin/plugin.php (Dotclear 2.3x)
