<?php
/* Cypht 2.x: vendor/paragonie/random_compat/lib/random.php */
