<?php
// viewpmsg.php (stand-in)
