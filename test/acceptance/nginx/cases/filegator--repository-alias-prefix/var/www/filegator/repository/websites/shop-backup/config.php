<?php
$db_host = 'db.internal';
$db_user = 'shop';
$db_pass = 'Xk2!pLr9#shop';
