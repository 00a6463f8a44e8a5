<?php
// plugins/login-ip.php (stand-in)
