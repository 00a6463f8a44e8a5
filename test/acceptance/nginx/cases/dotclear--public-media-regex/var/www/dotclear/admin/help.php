<?php
// admin/help.php (Dotclear 2.3x)
