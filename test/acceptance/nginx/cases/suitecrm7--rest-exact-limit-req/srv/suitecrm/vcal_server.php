<?php
// stand-in for SuiteCRM 7.14 vcal_server.php
