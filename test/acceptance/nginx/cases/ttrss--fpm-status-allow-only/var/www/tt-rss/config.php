<?php
	// Placeholder: local settings of this install (database password).
	putenv('TTRSS_DB_TYPE=pgsql');
	putenv('TTRSS_DB_HOST=localhost');
	putenv('TTRSS_DB_USER=ttrss');
	putenv('TTRSS_DB_NAME=ttrss');
	putenv('TTRSS_DB_PASS=placeholder');
	putenv('TTRSS_SELF_URL_PATH=https://rss.example.net/');
