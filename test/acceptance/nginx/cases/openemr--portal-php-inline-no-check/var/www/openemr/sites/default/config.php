<?php
// OpenEMR 7.0.2 placeholder: sites/default/config.php
