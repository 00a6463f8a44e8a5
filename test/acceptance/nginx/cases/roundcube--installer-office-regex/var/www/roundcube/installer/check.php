<?php
// Placeholder for Roundcube Webmail 1.6: installer/check.php
