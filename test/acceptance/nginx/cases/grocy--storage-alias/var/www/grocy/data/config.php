<?php
Setting('CURRENCY', 'EUR');
Setting('LDAP_BIND_PW', 'secret');
