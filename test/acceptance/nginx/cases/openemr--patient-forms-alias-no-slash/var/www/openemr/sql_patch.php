<?php
// OpenEMR 7.0.2 placeholder: sql_patch.php
