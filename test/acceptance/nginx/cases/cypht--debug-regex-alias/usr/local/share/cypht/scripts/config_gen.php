<?php
/* Cypht 2.x: scripts/config_gen.php */
