<?php // redirects old bookmarks to index.php/admin (placeholder)
