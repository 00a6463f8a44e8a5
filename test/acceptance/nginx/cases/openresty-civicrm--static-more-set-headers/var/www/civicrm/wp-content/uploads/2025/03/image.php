<?php // placeholder: a script an attacker slipped in through a media upload
echo "uploaded script ran\n";
