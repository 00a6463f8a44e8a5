<?php
// plugins/antispam/src/Backend.php (Dotclear 2.3x)
