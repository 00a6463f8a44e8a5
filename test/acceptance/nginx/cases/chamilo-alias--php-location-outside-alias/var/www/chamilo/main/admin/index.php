<?php
// Chamilo 1.11: main/admin/index.php
echo basename(__FILE__);
