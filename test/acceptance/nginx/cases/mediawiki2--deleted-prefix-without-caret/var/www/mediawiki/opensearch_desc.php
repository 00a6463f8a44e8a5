<?php // MediaWiki 1.41 entry point placeholder (opensearch_desc.php)
