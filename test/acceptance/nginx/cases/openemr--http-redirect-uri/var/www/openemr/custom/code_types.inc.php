<?php
// OpenEMR 7.0.2 placeholder: custom/code_types.inc.php
