<?php
// editor/sqlite.php (stand-in)
