<?php
$config = [];
$config['des_key'] = '585a84898d0c824d2b1eb06b';
include ROOT_DIRECTORY . '/config/modules/OSSMail.php';
