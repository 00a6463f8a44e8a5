<?php
// modules/pm/index.php (stand-in)
