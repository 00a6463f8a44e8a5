<?php
/* Cypht 2.x: vendor/composer/autoload_static.php */
