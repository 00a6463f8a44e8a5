<?php
// admin/post.php (Dotclear 2.3x)
