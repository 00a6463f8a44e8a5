<?php
// October CMS v3: modules/media/ServiceProvider.php (placeholder).
