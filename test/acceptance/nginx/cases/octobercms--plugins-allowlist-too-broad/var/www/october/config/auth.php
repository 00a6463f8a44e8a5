<?php
// October CMS v3: config/auth.php (placeholder).
