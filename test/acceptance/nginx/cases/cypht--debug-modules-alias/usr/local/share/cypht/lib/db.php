<?php
/* Cypht 2.x: lib/db.php */
