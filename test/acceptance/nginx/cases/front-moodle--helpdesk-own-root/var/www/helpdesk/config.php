<?php
$db_user = 'helpdesk';
$db_pass = 'T4r!q9Lm2Vx8';
