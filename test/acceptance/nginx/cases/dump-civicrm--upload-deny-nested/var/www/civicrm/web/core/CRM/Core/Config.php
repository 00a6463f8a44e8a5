<?php
// CiviCRM Standalone: web/core/CRM/Core/Config.php
