<?php
// Zabbix 7.0 frontend entry script (placeholder)
