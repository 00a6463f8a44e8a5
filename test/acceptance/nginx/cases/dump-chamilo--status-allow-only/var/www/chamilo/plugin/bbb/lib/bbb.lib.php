<?php
// Chamilo 1.11: plugin/bbb/lib/bbb.lib.php
