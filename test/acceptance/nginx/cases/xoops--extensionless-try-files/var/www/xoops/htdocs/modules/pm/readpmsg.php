<?php
// modules/pm/readpmsg.php (stand-in)
