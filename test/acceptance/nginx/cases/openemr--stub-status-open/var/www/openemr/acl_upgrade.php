<?php
// OpenEMR 7.0.2 placeholder: acl_upgrade.php
