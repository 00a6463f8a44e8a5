<?php
// October CMS v3: config/view.php (placeholder).
