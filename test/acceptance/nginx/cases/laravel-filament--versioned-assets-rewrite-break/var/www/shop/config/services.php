<?php
// Stand-in for config/services.php.
return [];
