<?php
// /usr/share/adminer/coverage.php (stand-in for the Debian package file)
