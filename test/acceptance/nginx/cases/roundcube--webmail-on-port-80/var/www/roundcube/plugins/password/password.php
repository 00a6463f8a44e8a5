<?php
// Placeholder for Roundcube Webmail 1.6: plugins/password/password.php
