<?php
/* Cypht 2.x: config/2fa.php */
