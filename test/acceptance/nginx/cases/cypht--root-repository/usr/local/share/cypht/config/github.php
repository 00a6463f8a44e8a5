<?php
/* Cypht 2.x: config/github.php */
