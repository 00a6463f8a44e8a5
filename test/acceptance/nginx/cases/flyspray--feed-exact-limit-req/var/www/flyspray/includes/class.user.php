<?php
// includes/class.user.php (stand-in)
