<?php
// setup/index.php (stand-in)
