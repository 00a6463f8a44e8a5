<?php
// Placeholder for Roundcube Webmail 1.6: program/lib/Roundcube/rcube.php
