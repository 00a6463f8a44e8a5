<?php
// readpmsg.php (stand-in)
