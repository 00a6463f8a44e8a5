<?php
// libs/common/misc.php (stand-in for the case)
