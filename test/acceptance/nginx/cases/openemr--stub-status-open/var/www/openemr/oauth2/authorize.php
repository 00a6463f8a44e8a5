<?php
// OpenEMR 7.0.2 placeholder: oauth2/authorize.php
