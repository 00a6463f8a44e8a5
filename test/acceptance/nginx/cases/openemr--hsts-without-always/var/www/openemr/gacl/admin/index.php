<?php
// OpenEMR 7.0.2 placeholder: gacl/admin/index.php
