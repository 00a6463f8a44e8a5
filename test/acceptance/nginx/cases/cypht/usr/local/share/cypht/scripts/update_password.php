<?php
/* Cypht 2.x: scripts/update_password.php */
