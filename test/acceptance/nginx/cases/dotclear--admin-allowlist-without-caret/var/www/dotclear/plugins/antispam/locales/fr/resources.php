<?php
// plugins/antispam/locales/fr/resources.php (Dotclear 2.3x)
