<?php
// stand-in for administrator/components/com_akeebabackup/services/provider.php
