<?php
/* Cypht 2.x: lib/environment.php */
