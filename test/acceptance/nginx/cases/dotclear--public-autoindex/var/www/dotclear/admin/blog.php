<?php
// admin/blog.php (Dotclear 2.3x)
