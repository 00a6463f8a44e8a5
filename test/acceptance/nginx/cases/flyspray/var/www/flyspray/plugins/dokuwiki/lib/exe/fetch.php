<?php
// plugins/dokuwiki/lib/exe/fetch.php (stand-in)
