<?php
// October CMS v3: modules/system/ServiceProvider.php (placeholder).
