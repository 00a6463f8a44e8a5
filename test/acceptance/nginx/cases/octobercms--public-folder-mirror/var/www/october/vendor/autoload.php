<?php
// October CMS v3: vendor/autoload.php (placeholder).
