<?php
// inc/core/class.dc.utils.php (Dotclear 2.3x)
