<?php // MediaWiki 1.39 placeholder
