<?php
// October CMS v3: bootstrap/app.php (placeholder).
