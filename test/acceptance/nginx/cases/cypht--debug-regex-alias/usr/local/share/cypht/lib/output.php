<?php
/* Cypht 2.x: lib/output.php */
