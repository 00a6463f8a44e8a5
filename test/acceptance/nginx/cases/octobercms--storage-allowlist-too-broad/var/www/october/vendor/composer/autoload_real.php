<?php
// October CMS v3: vendor/composer/autoload_real.php (placeholder).
