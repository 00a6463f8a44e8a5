<?php
// Stand-in for config/app.php.
return [];
