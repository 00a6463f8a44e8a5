<?php
// Chamilo 1.11: plugin/bbb/install.php
