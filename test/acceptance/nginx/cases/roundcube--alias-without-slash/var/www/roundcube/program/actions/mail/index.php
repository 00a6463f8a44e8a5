<?php
// Placeholder for Roundcube Webmail 1.6: program/actions/mail/index.php
