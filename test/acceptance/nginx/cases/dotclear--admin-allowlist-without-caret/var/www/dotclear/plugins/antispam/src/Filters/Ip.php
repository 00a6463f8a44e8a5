<?php
// plugins/antispam/src/Filters/Ip.php (Dotclear 2.3x)
