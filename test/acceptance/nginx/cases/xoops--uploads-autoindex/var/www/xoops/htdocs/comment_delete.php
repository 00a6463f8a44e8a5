<?php
// comment_delete.php (stand-in)
