<?php
/* Cypht 2.x: modules/github/modules.php */
