<?php
// themes/xbootstrap/language/english/main.php (stand-in)
