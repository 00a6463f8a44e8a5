<?php
// October CMS v3: modules/backend/routes.php (placeholder).
