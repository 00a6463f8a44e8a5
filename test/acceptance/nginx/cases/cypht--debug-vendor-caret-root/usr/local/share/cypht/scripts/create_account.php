<?php
/* Cypht 2.x: scripts/create_account.php */
