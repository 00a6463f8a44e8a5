<?php
define( 'DB_NAME', 'shop_example_com_db' );
