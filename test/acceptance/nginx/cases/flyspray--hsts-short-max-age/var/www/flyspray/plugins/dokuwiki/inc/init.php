<?php
// plugins/dokuwiki/inc/init.php (stand-in)
