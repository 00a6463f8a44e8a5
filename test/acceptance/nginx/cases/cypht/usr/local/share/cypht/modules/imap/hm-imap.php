<?php
/* Cypht 2.x: modules/imap/hm-imap.php */
