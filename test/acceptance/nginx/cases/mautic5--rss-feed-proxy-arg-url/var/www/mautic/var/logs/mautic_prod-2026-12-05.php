<?php die("access denied!"); ?>

[2026-12-05 10:12:03] mautic.NOTICE: PHP Notice - Undefined index: email {"file":"/var/www/mautic/app/bundles/LeadBundle/Model/LeadModel.php"} []
