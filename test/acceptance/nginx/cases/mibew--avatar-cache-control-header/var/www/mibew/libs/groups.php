<?php
// libs/groups.php (stand-in for the case)
