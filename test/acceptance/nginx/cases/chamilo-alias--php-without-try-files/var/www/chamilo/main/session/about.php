<?php
// Chamilo 1.11: main/session/about.php
echo basename(__FILE__);
