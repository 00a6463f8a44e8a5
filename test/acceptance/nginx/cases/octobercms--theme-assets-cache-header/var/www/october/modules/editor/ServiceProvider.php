<?php
// October CMS v3: modules/editor/ServiceProvider.php (placeholder).
