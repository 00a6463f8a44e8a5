<?php
/* Cypht 2.x: lib/config.php */
