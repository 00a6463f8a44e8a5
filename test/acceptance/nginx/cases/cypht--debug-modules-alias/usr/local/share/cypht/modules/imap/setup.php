<?php
/* Cypht 2.x: modules/imap/setup.php */
