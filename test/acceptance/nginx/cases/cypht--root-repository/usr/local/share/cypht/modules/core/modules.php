<?php
/* Cypht 2.x: modules/core/modules.php */
