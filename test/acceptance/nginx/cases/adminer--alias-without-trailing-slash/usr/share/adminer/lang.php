<?php
// /usr/share/adminer/lang.php (stand-in for the Debian package file)
