<?php
// mainfile.dist.php (stand-in)
