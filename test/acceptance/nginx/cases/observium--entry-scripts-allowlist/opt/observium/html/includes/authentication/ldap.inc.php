<?php
// ldap.inc.php (stub)
