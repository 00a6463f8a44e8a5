<?php
// editor/index.php (stand-in)
