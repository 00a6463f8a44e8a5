<?php
// Chamilo 1.11: main/work/download.php
echo basename(__FILE__);
