<?php
// quick check after the PHP 8.2 upgrade, remove afterwards
phpinfo();
