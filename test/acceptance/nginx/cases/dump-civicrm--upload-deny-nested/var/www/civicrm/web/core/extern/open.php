<?php
// CiviCRM Standalone: web/core/extern/open.php
