<?php
// plugins/pages/_define.php (Dotclear 2.3x)
