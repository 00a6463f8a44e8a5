<?php
/* Cypht 2.x: modules/smtp/setup.php */
