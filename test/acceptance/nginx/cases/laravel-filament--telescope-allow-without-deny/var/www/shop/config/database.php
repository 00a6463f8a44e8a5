<?php
// Stand-in for config/database.php.
return [];
