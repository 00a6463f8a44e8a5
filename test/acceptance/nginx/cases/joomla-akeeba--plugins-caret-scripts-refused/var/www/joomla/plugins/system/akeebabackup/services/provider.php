<?php
// stand-in for plugins/system/akeebabackup/services/provider.php
