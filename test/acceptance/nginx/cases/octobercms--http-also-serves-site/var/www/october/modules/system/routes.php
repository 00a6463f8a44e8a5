<?php
// October CMS v3: modules/system/routes.php (placeholder).
