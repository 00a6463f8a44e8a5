<?php
// comment_new.php (stand-in)
