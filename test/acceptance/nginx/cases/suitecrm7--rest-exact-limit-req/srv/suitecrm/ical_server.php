<?php
// stand-in for SuiteCRM 7.14 ical_server.php
