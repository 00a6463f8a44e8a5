<?php
/* Cypht 2.x: vendor/autoload.php */
