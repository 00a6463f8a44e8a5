<?php
// comment_post.php (stand-in)
