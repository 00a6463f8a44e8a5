<?php
// October CMS v3: modules/backend/ServiceProvider.php (placeholder).
