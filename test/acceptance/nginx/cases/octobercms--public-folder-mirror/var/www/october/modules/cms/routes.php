<?php
// October CMS v3: modules/cms/routes.php (placeholder).
