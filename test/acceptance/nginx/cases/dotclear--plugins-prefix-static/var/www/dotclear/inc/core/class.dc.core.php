<?php
// inc/core/class.dc.core.php (Dotclear 2.3x)
