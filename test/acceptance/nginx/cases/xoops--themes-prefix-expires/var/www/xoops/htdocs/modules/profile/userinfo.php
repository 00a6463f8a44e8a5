<?php
// modules/profile/userinfo.php (stand-in)
