<?php
// CiviCRM Standalone: vendor/autoload.php
