<?php
// libs/common/constants.php (stand-in for the case)
