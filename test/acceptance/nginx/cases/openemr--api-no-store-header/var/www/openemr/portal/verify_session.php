<?php
// OpenEMR 7.0.2 placeholder: portal/verify_session.php
