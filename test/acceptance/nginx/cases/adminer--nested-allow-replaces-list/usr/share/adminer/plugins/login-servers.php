<?php
// plugins/login-servers.php (stand-in)
