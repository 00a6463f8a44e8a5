<?php
// YOURLS 1.9: resolves /<keyword>, /<keyword>+ and user/pages through yourls-go.php / yourls-infos.php.
