<?php
// admin/blogs.php (Dotclear 2.3x)
