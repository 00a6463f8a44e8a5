<?php
/* Cypht 2.x: config/database.php */
