<?php
// admin/auth.php (Dotclear 2.3x)
