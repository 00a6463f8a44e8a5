<?php
// placeholder: Standalone bootstrap, reads private/civicrm.settings.php
