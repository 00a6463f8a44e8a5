<?php
/* Cypht 2.x: config/themes.php */
