<?php
// admin/user.php (Dotclear 2.3x)
