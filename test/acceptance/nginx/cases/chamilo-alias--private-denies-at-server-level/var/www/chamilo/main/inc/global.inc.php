<?php
// Chamilo 1.11: main/inc/global.inc.php
echo basename(__FILE__);
