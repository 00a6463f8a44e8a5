<?php
// Placeholder for Roundcube Webmail 1.6: config/mimetypes.php
