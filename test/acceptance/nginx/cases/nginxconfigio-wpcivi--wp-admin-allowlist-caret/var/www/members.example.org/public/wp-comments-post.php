<?php // placeholder: comment form handler
echo "/wp-comments-post.php ran\n";
