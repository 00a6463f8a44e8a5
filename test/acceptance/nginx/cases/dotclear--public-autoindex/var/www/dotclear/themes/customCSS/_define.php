<?php
// themes/customCSS/_define.php (Dotclear 2.3x)
