<?php
$serendipity['versionInstalled']  = '2.5.0';
$serendipity['dbName']            = 'serendipity';
$serendipity['dbPrefix']          = 'serendipity_';
$serendipity['dbHost']            = 'localhost';
$serendipity['dbUser']            = 's9y';
$serendipity['dbPass']            = 'pL4-xw9Qe2Rt';
$serendipity['dbType']            = 'mysqli';
$serendipity['dbPersistent']      = false;
$serendipity['dbCharset']         = 'utf8mb4';
