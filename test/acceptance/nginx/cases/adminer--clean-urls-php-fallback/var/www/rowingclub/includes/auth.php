<?php
// includes/auth.php (stand-in)
