<?php
// /usr/share/adminer/adminer.php (stand-in for the Debian package file)
