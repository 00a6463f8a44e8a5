<?php
// OpenEMR 7.0.2 placeholder: sql_upgrade.php
