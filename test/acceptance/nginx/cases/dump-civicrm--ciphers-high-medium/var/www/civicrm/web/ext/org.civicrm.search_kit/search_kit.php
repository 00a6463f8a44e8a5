<?php
// CiviCRM Standalone: web/ext/org.civicrm.search_kit/search_kit.php
