<?php
/* Cypht 2.x: modules/core/handler_modules.php */
