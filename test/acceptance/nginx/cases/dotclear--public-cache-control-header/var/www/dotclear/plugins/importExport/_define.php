<?php
// plugins/importExport/_define.php (Dotclear 2.3x)
