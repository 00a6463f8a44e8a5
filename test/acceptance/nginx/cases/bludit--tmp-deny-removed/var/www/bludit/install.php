<?php
// Bludit installer (redirects once bl-content/databases/site.php exists)
