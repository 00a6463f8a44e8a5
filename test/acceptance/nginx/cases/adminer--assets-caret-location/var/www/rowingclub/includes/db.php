<?php
// includes/db.php (stand-in)
