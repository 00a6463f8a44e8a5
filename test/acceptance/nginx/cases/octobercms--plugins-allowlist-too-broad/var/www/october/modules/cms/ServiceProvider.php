<?php
// October CMS v3: modules/cms/ServiceProvider.php (placeholder).
