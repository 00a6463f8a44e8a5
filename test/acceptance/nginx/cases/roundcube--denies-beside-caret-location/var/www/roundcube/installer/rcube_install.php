<?php
// Placeholder for Roundcube Webmail 1.6: installer/rcube_install.php
