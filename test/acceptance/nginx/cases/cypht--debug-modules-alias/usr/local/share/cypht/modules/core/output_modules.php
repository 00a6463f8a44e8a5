<?php
/* Cypht 2.x: modules/core/output_modules.php */
