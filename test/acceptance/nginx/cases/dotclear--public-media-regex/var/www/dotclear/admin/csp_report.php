<?php
// admin/csp_report.php (Dotclear 2.3x)
