<?php
// comment_edit.php (stand-in)
