<?php
// stand-in for SuiteCRM 7.14 modules/Users/Authenticate.php
