<?php // MediaWiki 1.41 entry point placeholder (img_auth.php)
