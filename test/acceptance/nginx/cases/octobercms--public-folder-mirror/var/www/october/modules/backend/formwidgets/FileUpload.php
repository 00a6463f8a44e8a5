<?php
// October CMS v3: modules/backend/formwidgets/FileUpload.php (placeholder).
