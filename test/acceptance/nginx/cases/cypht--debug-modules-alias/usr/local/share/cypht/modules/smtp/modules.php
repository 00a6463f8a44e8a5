<?php
/* Cypht 2.x: modules/smtp/modules.php */
