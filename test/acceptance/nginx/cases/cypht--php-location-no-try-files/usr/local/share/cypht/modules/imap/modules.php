<?php
/* Cypht 2.x: modules/imap/modules.php */
