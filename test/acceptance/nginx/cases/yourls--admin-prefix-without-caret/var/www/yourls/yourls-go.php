<?php
// YOURLS 1.9: redirect to the long URL (included by yourls-loader.php).
