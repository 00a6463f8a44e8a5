<?php
// adminer/plugin.php (source tree stand-in)
