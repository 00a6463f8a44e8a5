<?php
$_configuration['db_password'] = 'old-1.9-pretend';
