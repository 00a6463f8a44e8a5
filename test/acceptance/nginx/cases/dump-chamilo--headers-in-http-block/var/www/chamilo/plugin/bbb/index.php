<?php
// Chamilo 1.11: plugin/bbb/index.php
