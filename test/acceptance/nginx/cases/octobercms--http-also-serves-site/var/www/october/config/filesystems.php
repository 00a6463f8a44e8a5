<?php
// October CMS v3: config/filesystems.php (placeholder).
