<?php
// themes/customCSS/src/Config.php (Dotclear 2.3x)
