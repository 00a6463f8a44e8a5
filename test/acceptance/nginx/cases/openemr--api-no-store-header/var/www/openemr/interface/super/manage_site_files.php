<?php
// OpenEMR 7.0.2 placeholder: interface/super/manage_site_files.php
