<?php
// includes/class.database.php (stand-in)
