<?php
// stand-in for SuiteCRM 7.14 custom/modules/Accounts/logic_hooks.php
