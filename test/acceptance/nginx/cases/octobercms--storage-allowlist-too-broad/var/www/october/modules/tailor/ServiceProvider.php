<?php
// October CMS v3: modules/tailor/ServiceProvider.php (placeholder).
