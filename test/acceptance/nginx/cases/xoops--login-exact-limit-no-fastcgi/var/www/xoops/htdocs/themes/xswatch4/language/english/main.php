<?php
// themes/xswatch4/language/english/main.php (stand-in)
