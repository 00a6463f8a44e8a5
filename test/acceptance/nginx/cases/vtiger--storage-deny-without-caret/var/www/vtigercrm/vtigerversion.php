<?php
$vtiger_current_version = '8.2.0';
