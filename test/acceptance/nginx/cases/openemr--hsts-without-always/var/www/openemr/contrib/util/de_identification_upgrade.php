<?php
// OpenEMR 7.0.2 placeholder: contrib/util/de_identification_upgrade.php
