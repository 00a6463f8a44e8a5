<?php
// Placeholder for Roundcube Webmail 1.6: program/include/iniset.php
