<?php
// includes/class.backend.php (stand-in)
