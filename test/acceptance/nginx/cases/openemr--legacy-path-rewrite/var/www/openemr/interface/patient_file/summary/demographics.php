<?php
// OpenEMR 7.0.2 placeholder: interface/patient_file/summary/demographics.php
