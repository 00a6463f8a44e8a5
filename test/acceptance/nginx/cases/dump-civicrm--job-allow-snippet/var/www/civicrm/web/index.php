<?php
// CiviCRM Standalone: web/index.php
