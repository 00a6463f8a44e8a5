<?php
/* Cypht 2.x: vendor/symfony/dotenv/Dotenv.php */
