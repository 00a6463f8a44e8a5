<?php
// plugins/dump-json.php (stand-in)
