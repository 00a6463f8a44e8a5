<?php
// OpenEMR 7.0.2 placeholder: ccr/createCCR.php
