<?php
/* Cypht 2.x: modules/core/setup.php */
