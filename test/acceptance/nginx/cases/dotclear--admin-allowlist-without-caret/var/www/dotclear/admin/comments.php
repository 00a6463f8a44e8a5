<?php
// admin/comments.php (Dotclear 2.3x)
