<?php
/* Cypht 2.x: modules/imap/handler_modules.php */
