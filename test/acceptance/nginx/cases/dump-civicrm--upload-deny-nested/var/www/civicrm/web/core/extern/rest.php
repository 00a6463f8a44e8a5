<?php
// CiviCRM Standalone: web/core/extern/rest.php
