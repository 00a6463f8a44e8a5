<?php
// placeholder: DB credentials live in /etc/zabbix/web/zabbix.conf.php on the server
$DB["PASSWORD"] = "";
