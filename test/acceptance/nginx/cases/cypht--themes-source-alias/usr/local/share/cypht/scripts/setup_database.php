<?php
/* Cypht 2.x: scripts/setup_database.php */
