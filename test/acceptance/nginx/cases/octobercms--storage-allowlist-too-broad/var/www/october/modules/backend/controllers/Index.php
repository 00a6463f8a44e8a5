<?php
// October CMS v3: modules/backend/controllers/Index.php (placeholder).
