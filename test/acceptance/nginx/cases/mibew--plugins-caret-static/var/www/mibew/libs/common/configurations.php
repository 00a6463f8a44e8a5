<?php
// libs/common/configurations.php (stand-in for the case)
