<?php
/* Cypht 2.x: modules/local_contacts/setup.php */
