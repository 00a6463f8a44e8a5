<?php
// October CMS v3: modules/backend/classes/BackendController.php (placeholder).
