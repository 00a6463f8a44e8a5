<?php
// October CMS v3: config/cache.php (placeholder).
