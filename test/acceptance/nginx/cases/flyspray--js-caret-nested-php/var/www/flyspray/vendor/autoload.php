<?php
// vendor/autoload.php (stand-in)
