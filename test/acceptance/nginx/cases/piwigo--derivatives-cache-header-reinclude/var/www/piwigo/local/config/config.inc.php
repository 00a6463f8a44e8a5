<?php
$conf['question_mark_in_urls'] = false;
$conf['php_extension_in_urls'] = true;
