<?php
// stand-in for plugins/system/akeebabackup/src/Extension/AkeebaBackup.php
