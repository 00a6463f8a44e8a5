<?php
/* Cypht 2.x: config/app.php */
