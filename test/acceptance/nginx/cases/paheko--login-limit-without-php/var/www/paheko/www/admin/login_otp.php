<?php
// PAHEKO-SOURCE-MARKER www/admin/login_otp.php
