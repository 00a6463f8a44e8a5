<?php
// CiviCRM Standalone: web/core/extern/url.php
