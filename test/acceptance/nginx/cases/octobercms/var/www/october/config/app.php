<?php
// October CMS v3: config/app.php (placeholder).
