<?php
/* Cypht 2.x: modules/themes/modules.php */
