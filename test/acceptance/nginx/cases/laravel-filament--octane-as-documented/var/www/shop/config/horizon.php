<?php
// Stand-in for config/horizon.php.
return [];
