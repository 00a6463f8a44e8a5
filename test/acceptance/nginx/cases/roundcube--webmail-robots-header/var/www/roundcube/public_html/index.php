<?php
// Placeholder for Roundcube Webmail 1.6: public_html/index.php
