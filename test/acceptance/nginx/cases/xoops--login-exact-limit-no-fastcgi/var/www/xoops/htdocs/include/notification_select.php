<?php
// include/notification_select.php (stand-in)
