<?php
/* Cypht 2.x: lib/auth.php */
