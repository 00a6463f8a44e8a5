<?php
// OpenEMR 7.0.2 placeholder: interface/login/login.php
