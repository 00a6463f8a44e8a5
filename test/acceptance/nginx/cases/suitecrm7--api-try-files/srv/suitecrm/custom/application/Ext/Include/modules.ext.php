<?php
// stand-in for SuiteCRM 7.14 custom/application/Ext/Include/modules.ext.php
