<?php
// stand-in for OpenCATS scripts/makeBackup.php
