<?php
define( 'DB_NAME', 'example_net_db' );
