<?php
// YOURLS_DB_USER, YOURLS_DB_PASS, YOURLS_COOKIEKEY, $yourls_user_passwords: never served.
