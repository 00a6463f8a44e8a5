<?php
// OpenEMR 7.0.2 placeholder: library/ajax/execute_background_services.php
