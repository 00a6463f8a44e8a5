<?php
// edituser.php (stand-in)
