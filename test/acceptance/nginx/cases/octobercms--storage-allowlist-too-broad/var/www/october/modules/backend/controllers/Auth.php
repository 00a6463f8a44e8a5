<?php
// October CMS v3: modules/backend/controllers/Auth.php (placeholder).
