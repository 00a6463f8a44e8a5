<?php
// themes/xswatch4/theme_autorun.php (stand-in)
