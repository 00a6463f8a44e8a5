<?php
// Chamilo 1.11: plugin/bbb/index.php
echo basename(__FILE__);
