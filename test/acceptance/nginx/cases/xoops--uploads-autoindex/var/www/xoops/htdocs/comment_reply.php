<?php
// comment_reply.php (stand-in)
