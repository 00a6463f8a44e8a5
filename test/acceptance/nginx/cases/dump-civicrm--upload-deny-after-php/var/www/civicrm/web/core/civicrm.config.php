<?php
// CiviCRM Standalone: web/core/civicrm.config.php
