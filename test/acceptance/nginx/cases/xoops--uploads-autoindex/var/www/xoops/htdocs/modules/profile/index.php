<?php
// modules/profile/index.php (stand-in)
