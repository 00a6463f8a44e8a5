<?php
// adminer/sqlite.php (source tree stand-in)
