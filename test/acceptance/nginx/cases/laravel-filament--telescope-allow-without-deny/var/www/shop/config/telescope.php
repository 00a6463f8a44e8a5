<?php
// Stand-in for config/telescope.php.
return [];
