<?php
// CiviCRM Standalone: private/civicrm.settings.php
