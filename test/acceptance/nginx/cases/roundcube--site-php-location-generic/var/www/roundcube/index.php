<?php
// Placeholder for Roundcube Webmail 1.6: index.php, the front controller
