<?php
// themes/berlin/src/Frontend.php (Dotclear 2.3x)
