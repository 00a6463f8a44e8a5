<?php
// stand-in for SuiteCRM 7.14 themes/SuiteP/include/MySugar/tpls/MySugar.php
