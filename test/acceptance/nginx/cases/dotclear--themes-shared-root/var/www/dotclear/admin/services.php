<?php
// admin/services.php (Dotclear 2.3x)
