<?php
$db_pass = 'old-archive-secret';
