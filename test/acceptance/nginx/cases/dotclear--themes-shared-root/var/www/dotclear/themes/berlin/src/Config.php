<?php
// themes/berlin/src/Config.php (Dotclear 2.3x)
