<?php
define( 'DB_NAME', 'example_net_shop' );
define( 'DB_PASSWORD', 'shop-db-password' );
