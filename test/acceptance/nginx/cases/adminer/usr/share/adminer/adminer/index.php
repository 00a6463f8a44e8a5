<?php
// adminer/index.php (source tree stand-in)
