<?php
// kernel/user.php (stand-in)
