<?php
// plugins/dokuwiki/dokuwiki_formattext.inc.php (stand-in)
