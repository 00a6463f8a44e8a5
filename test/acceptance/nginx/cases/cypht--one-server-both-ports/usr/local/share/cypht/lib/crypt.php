<?php
/* Cypht 2.x: lib/crypt.php */
