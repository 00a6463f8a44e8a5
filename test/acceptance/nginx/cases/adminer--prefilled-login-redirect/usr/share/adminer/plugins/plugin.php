<?php
// plugins/plugin.php (stand-in)
