<?php
// admin/posts.php (Dotclear 2.3x)
