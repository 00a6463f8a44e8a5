<?php
// plugins/pages/src/Frontend.php (Dotclear 2.3x)
