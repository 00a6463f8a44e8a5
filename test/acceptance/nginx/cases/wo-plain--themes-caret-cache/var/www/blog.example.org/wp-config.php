<?php
define( 'DB_NAME', 'blog_example_org_db' );
define( 'DB_PASSWORD', 'Xq7...redacted' );
