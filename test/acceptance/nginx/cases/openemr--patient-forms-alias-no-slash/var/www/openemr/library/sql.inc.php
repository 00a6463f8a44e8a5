<?php
// OpenEMR 7.0.2 placeholder: library/sql.inc.php
