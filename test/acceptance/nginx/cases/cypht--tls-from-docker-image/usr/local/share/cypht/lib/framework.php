<?php
/* Cypht 2.x: lib/framework.php */
