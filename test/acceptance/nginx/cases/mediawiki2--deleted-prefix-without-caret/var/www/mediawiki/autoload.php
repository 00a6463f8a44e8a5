<?php // MediaWiki 1.41 entry point placeholder (autoload.php)
