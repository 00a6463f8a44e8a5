<?php
// notifications.php (stand-in)
