<?php
/* Cypht 2.x: scripts/delete_account.php */
