<?php
// Stand-in for config/filesystems.php.
return [];
