<?php
/* Cypht 2.x: lib/request.php */
