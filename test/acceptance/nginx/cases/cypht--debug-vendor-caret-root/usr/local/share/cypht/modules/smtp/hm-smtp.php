<?php
/* Cypht 2.x: modules/smtp/hm-smtp.php */
