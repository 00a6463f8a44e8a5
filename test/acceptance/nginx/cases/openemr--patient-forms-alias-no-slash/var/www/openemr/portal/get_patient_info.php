<?php
// OpenEMR 7.0.2 placeholder: portal/get_patient_info.php
