<?php
// userinfo.php (stand-in)
