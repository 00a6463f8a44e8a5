; <?php die('No direct access.'); ?>

; Written by the installer of bugs.example.org.
[database]
dbtype = "mysqli"
dbhost = "localhost"
dbname = "flyspray"
dbuser = "flyspray"
dbpass = "64a56b1d0de58b2822fd8b1fb83fc3d2"
dbprefix = "flyspray_"

[general]
cookiesalt = "cae47771cbba1bd0cc365c389408a558"
output_buffering = "on"
reminder_daemon = "1"
syntax_plugin = "dokuwiki"
securecookies = true
