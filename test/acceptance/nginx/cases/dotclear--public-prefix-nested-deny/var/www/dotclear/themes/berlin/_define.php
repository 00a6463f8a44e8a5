<?php
// themes/berlin/_define.php (Dotclear 2.3x)
