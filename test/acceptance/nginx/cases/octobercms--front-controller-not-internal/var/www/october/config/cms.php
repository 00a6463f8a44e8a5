<?php
// October CMS v3: config/cms.php (placeholder).
