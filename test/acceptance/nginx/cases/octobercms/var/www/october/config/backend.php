<?php
// October CMS v3: config/backend.php (placeholder).
