<?php
// admin/blog_pref.php (Dotclear 2.3x)
