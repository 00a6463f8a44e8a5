<?php
// plugins/dokuwiki/conf/dokuwiki.php (stand-in)
