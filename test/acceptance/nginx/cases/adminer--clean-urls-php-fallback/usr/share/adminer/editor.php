<?php
// /usr/share/adminer/editor.php (stand-in for the Debian package file)
