<?php
/* Cypht 2.x: lib/modules.php */
