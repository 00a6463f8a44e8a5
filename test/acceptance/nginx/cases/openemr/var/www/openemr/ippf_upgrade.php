<?php
// OpenEMR 7.0.2 placeholder: ippf_upgrade.php
