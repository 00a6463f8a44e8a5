<?php
// admin/preferences.php (Dotclear 2.3x)
