<?php
// modules/profile/edituser.php (stand-in)
