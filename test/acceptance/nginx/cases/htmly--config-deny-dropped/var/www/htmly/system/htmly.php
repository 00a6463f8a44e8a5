<?php
if (!defined('HTMLY')) die('HTMLy');

use PragmaRX\Google2FA\Google2FA;

// Load the configuration file
config('source', $config_file);

// Get search query. Redir to /search/
get_search_query();

// Load the language file
