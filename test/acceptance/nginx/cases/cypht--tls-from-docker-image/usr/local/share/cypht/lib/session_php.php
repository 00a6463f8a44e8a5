<?php
/* Cypht 2.x: lib/session_php.php */
