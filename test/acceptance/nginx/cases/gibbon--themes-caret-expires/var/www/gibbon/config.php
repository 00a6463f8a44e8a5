<?php
/**
 * Sets the database connection information.
 * You can supply an optional $databasePort if your server requires one.
 */
$databaseServer = 'localhost';
$databaseUsername = 'gibbon';
$databasePassword = 'Kq7#pW2v!rT9mXe4';
$databaseName = 'gibbon';

/**
 * Sets a globally unique id, to allow multiple installs on a single server.
 */
$guid = 'x4m2q8v1k7-z9c3n5b0w6';

/**
 * Sets system-wide caching factor, used to balance performance and freshness.
 */
$caching = 10;
