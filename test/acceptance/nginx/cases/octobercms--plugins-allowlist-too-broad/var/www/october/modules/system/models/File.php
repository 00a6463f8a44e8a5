<?php
// October CMS v3: modules/system/models/File.php (placeholder).
