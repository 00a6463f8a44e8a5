<?php
// CiviCRM Standalone: web/ext/org.civicrm.afform/afform.php
