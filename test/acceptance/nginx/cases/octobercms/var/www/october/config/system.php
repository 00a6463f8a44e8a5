<?php
// October CMS v3: config/system.php (placeholder).
