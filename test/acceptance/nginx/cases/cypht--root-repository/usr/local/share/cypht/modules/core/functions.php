<?php
/* Cypht 2.x: modules/core/functions.php */
