<?php
return array (
  'entity_manager' => array ('connection' => array ('driver' => 'pdo_sqlite', 'path' => 'data/database.sqlite')),
  'geolite2' => array ('db_location' => '/var/www/shlink/data/GeoLite2-City.mmdb', 'license_key' => 'Vh3kQ9_Lr2mXp7TzC4nWb8Ds1FgJ6yAe5uKo'),
);
