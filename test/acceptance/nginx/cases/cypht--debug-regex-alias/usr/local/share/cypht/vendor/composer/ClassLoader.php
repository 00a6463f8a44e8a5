<?php
/* Cypht 2.x: vendor/composer/ClassLoader.php */
