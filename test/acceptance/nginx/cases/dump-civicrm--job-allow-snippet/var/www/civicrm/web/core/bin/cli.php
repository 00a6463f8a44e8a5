<?php
// CiviCRM Standalone: web/core/bin/cli.php
