<?php
// Debian's entry point for Apache (stand-in): loads the plugins, then the single file.
// This nginx setup runs /usr/share/adminer/adminer.php directly and does not publish /etc/adminer.
