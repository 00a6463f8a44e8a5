<?php
// OpenEMR 7.0.2 placeholder: custom/ajax_download.php
