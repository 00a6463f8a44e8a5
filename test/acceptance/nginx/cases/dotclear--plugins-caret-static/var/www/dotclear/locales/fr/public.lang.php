<?php
// locales/fr/public.lang.php (Dotclear 2.3x)
