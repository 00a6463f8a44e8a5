<?php
// Placeholder for Roundcube Webmail 1.6: plugins/managesieve/managesieve.php
