<?php
// stand-in for SuiteCRM 7.14 modules/Accounts/vardefs.php
