<?php
// YOURLS 1.9: stats page of a short URL (included by yourls-loader.php).
