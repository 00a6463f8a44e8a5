<?php
// libs/operator.php (stand-in for the case)
