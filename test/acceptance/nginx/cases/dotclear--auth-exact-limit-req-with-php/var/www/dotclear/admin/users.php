<?php
// admin/users.php (Dotclear 2.3x)
