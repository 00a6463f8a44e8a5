<?php
// stand-in for SuiteCRM 7.14 custom/blowfish/Users.php
