<?php
// plugins/dokuwiki/inc/parser/xhtml.php (stand-in)
