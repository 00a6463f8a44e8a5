<?php
// stand-in for SuiteCRM 7.14 cache/modules/Accounts/Accountvardefs.php
