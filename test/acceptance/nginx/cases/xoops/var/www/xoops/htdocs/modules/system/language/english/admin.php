<?php
// modules/system/language/english/admin.php (stand-in)
