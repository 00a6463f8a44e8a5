<?php
// Chamilo 1.11: main/inc/lib/api.lib.php
