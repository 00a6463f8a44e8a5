<?php
/* Cypht 2.x: modules/github/setup.php */
