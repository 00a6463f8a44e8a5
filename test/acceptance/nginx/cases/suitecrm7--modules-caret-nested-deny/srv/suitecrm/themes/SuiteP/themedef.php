<?php
// stand-in for SuiteCRM 7.14 themes/SuiteP/themedef.php
