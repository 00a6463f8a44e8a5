<?php
// October CMS v3: config/database.php (placeholder).
