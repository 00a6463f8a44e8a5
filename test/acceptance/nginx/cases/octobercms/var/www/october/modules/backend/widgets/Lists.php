<?php
// October CMS v3: modules/backend/widgets/Lists.php (placeholder).
