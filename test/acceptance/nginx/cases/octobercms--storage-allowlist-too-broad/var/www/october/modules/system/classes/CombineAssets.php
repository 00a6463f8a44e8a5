<?php
// October CMS v3: modules/system/classes/CombineAssets.php (placeholder).
