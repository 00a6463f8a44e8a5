<?php
/* Cypht 2.x: modules/themes/setup.php */
