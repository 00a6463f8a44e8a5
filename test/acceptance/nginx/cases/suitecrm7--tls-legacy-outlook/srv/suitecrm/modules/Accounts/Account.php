<?php
// stand-in for SuiteCRM 7.14 modules/Accounts/Account.php
