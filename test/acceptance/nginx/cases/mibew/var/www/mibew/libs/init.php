<?php
// libs/init.php (stand-in for the case)
