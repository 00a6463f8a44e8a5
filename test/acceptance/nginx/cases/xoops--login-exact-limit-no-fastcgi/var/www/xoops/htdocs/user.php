<?php
// user.php (stand-in)
