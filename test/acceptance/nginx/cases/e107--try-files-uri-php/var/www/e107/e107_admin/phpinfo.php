<?php
require_once(__DIR__.'/../class2.php');
if (!getperms('0')) { e107::redirect('admin'); exit; }
require_once('auth.php');
phpinfo();
require_once('footer.php');
