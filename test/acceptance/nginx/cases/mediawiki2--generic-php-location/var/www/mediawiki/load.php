<?php // MediaWiki 1.41 entry point placeholder (load.php)
