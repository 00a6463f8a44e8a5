<?php
/* Cypht 2.x: modules/local_contacts/modules.php */
