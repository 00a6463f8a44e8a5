<?php
// vendor/adodb/adodb-php/adodb.inc.php (stand-in)
