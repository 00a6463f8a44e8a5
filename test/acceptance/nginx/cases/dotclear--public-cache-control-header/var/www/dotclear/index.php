<?php
// index.php (Dotclear 2.3x)
