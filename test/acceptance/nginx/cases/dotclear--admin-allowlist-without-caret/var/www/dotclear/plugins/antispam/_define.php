<?php
// plugins/antispam/_define.php (Dotclear 2.3x)
