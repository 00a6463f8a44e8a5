<?php
/* Cypht 2.x: config/ldap.php */
