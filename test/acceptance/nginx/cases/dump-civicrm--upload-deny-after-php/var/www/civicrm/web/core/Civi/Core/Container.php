<?php
// CiviCRM Standalone: web/core/Civi/Core/Container.php
