<?php
// language/english/user.php (stand-in)
