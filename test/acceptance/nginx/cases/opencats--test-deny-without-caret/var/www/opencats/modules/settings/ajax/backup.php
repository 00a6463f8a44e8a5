<?php
// stand-in for OpenCATS modules/settings/ajax/backup.php
