<?php
// misc.php (stand-in)
