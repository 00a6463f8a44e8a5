<?php
// libs/userinfo.php (stand-in for the case)
