<?php

return [
  'CHEVERETO_DB_HOST' => 'localhost',
  'CHEVERETO_DB_NAME' => 'chevereto',
  'CHEVERETO_DB_PASS' => 'Xq7-secret-db-password',
  'CHEVERETO_DB_PORT' => '3306',
  'CHEVERETO_DB_TABLE_PREFIX' => 'chv_',
  'CHEVERETO_DB_USER' => 'chevereto',
  'CHEVERETO_HOSTNAME' => 'img.example.com',
  'CHEVERETO_HTTPS' => '1',
];
