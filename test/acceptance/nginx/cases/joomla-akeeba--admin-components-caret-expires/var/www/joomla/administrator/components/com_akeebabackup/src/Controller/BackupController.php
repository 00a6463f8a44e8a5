<?php
// stand-in for administrator/components/com_akeebabackup/src/Controller/BackupController.php
