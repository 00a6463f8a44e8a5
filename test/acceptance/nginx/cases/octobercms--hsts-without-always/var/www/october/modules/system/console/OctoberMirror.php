<?php
// October CMS v3: modules/system/console/OctoberMirror.php (placeholder).
