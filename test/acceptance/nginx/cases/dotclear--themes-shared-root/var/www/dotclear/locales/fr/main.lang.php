<?php
// locales/fr/main.lang.php (Dotclear 2.3x)
