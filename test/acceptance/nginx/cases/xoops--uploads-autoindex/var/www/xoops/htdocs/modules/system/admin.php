<?php
// modules/system/admin.php (stand-in)
