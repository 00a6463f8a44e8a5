<?php
// session_confirm.php (stand-in)
