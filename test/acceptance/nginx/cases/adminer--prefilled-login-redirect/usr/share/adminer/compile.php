<?php
// /usr/share/adminer/compile.php (stand-in for the Debian package file)
