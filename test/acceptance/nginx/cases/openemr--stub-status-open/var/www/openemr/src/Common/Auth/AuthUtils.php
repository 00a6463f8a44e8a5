<?php
// OpenEMR 7.0.2 placeholder: src/Common/Auth/AuthUtils.php
