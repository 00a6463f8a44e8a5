<?php
// modules/system/admin/users/main.php (stand-in)
