<?php
/* Cypht 2.x: vendor/composer/autoload_real.php */
