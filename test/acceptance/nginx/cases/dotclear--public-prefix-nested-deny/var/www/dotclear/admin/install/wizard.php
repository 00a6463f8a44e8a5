<?php
// admin/install/wizard.php (Dotclear 2.3x)
