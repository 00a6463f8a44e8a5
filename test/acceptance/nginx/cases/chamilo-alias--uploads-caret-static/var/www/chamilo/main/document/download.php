<?php
// Chamilo 1.11: main/document/download.php
echo basename(__FILE__);
